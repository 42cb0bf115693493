package org.ownmeet.steps.domain;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.steps.api.Texts;

/** A DNS verdict in plain words. */
final class DnsTexts {
    private DnsTexts() {
    }

    static String summary(Texts texts, DnsVerdict verdict, boolean connected) {
        String found = String.join(", ", verdict.found());
        return switch (verdict.state()) {
            case NOT_CHECKED -> texts.get("domain.dns.notChecked");
            case CHECKING -> texts.format("domain.dns.checking", verdict.domain());
            case POINTS_HERE -> texts.format("domain.dns.here", verdict.domain(), found);
            case ELSEWHERE -> texts.format("domain.dns.elsewhere", verdict.domain(), found, String.join(", ", verdict.server()));
            case NOT_FOUND -> texts.format("domain.dns.notFound", verdict.domain());
            case UNCOMPARED -> texts.format(connected ? "domain.dns.noPublicAddress" : "domain.dns.notConnected",
                    verdict.domain(), found);
        };
    }

    static String instructions(Texts texts, DnsVerdict verdict, boolean connected) {
        if (verdict.state() != DnsState.ELSEWHERE && verdict.state() != DnsState.NOT_FOUND) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (DnsRecord record : verdict.toCreate()) {
            lines.add(texts.format("domain.dns.create", record.type(), record.name(), record.value()));
        }
        if (!verdict.toRemove().isEmpty()) {
            lines.add(texts.format("domain.dns.remove", verdict.domain(), String.join(", ", verdict.toRemove())));
        }
        if (lines.isEmpty()) {
            lines.add(texts.get(connected ? "domain.dns.askProvider" : "domain.dns.connectFirst"));
        }
        lines.add(texts.get("domain.dns.wait"));
        return String.join("\n", lines);
    }
}

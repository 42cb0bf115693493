package org.ownmeet.installers.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.ownmeet.installers.profile.Profile;

/**
 * The privacy notice for participants (GDPR Art. 13), in the profile's language, made from the same
 * profile values the installers apply (retention days, access log, peer-to-peer), so it states what
 * the server really does. Published on the server and linked from the welcome page; every value is
 * escaped for HTML by the template.
 */
public final class PrivacyNotice {
    private static final Configuration TEMPLATES = templates();

    private PrivacyNotice() {
    }

    public static String html(Profile profile) {
        Profile.Organisation organisation = profile.organisation();
        Map<String, Object> model = Map.of(
                "organisation", Map.of(
                        "name", organisation.name(),
                        "addressLines", organisation.address() == null ? List.of() : organisation.address().lines().toList(),
                        "email", organisation.contactEmail(),
                        "officer", organisation.dataProtectionOfficer() == null ? "" : organisation.dataProtectionOfficer()),
                "domain", profile.domain(),
                "retentionDays", profile.logging().retentionDays(),
                "accessLog", profile.logging().retentionDays() == 0 ? "OFF" : profile.logging().accessLog().name(),
                "peerToPeer", profile.options().peerToPeer());
        try {
            StringWriter out = new StringWriter();
            TEMPLATES.getTemplate("privacy-notice-" + profile.language() + ".html.ftlh", Locale.ROOT).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the privacy notice template for " + profile.language() + " failed", e);
        }
    }

    private static Configuration templates() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setClassForTemplateLoading(PrivacyNotice.class, "");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }
}

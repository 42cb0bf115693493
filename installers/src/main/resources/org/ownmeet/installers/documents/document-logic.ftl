<#-- What both documents decide, in every format: no output here, only values. -->
<#function uses letter><#list f.purposes as p><#if (p.basis!"") == letter><#return true></#if></#list><#return false></#function>
<#function objectable><#assign names = []><#list f.purposes as p><#if (p.basis!"") == "e" || (p.basis!"") == "f"><#assign names = names + [t("purpose." + p.id)]></#if></#list><#return names?join("; ")></#function>
<#function days n><#if n == 1><#return t("days.one")><#else><#return t("days.other", "n", n?c)></#if></#function>

<#-- The record's tables: data categories with their erasure periods, and the measures with what verification found. -->
<#assign categories = ["connection", "meeting", "content", "accounts", "browser"]>
<#assign measures = [
  {"id": "access", "checks": ["host-login", "no-anonymous-meetings", "guest-login", "password-change", "verification-account-removed"]},
  {"id": "transport", "checks": ["https", "certificate", "certificate-renewal", "no-login-without-tls"]},
  {"id": "logs", "checks": ["logs-without-addresses", "log-retention"]},
  {"id": "thirdParty", "checks": ["no-third-party-hosts"]},
  {"id": "recording", "checks": ["local-recording"]},
  {"id": "notice", "checks": ["welcome-page-notice"]},
  {"id": "firewall", "checks": ["firewall"]},
  {"id": "updates", "checks": []},
  {"id": "admin", "checks": []}]>

<#function checkState ids>
<#if !f.verification.done || !ids?has_content><#return "none"></#if>
<#assign seen = false>
<#list f.verification.checks as c><#if ids?seq_contains(c.id)><#assign seen = true><#if !c.passed><#return "failed"></#if></#if></#list>
<#return seen?then("ok", "none")>
</#function>

<#function measureSetting id>
<#switch id>
<#case "access"><#return t("tom.access.setting")>
<#case "transport"><#return t("tom.transport.setting", "certificate", t("certificate." + f.server.certificate))>
<#case "logs"><#return t("tom.logs.setting", "days", days(f.server.retentionAtMostDays), "access", t("accessLog." + f.server.accessLog))>
<#case "thirdParty"><#return t("tom.thirdParty.setting")>
<#case "recording"><#return f.server.localRecording?then(t("recording.on"), t("recording.off"))>
<#case "notice"><#return t("tom.notice.setting", "domain", f.domain)>
<#case "firewall"><#return f.server.firewall?then(t("tom.firewall.on"), t("tom.firewall.off"))>
<#case "updates"><#return t("tom.updates.setting")>
<#default><#return t("tom.admin.setting")>
</#switch>
</#function>

<#function retention id>
<#switch id>
<#case "connection"><#return (f.server.accessLog == "OFF")?then(t("retention.connection.noLog"), t("retention.connection.log", "days", days(f.server.retentionAtMostDays)))>
<#case "meeting"><#return t("retention.meeting", "days", days(f.server.retentionAtMostDays))>
<#case "content"><#return t("retention.content")>
<#case "accounts"><#return t("retention.accounts")>
<#default><#return t("retention.browser")>
</#switch>
</#function>

using SelfCare.Platform.Email;

namespace SelfCare.Reports.Schedules;

/// <summary>The module's emails (branded by the tenant's layout; tenant admins may edit them).</summary>
internal static class ReportEmailTemplates
{
    public const string Report = "scheduled-report";
    public const string Failed = "scheduled-report-failed";

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.For(Report, "A scheduled report: its file attached up to the size limit (a secure link either way) and a one-click unsubscribe link.",
            new ScheduledReportEmail("Monthly usage", "Call Detail", "Billing cycle 2026-10", "Here is last month's usage.", 1234,
                "call-detail-2026-10.xlsx", "84 KB", "/reports/file?token=sample", "2026-11-29", "/reports/unsubscribe?token=sample", true, "5 MB"),
            "{{reportName}}: {{scheduleName}}",
            "<p>Your scheduled report <strong>{{scheduleName}}</strong> ({{reportName}}) is ready: {{rows}} rows, {{parameters}}.</p>"
            + "{{#if message}}<p>{{message}}</p>{{/if}}"
            + "{{#if attached}}<p>The file {{fileName}} ({{fileSize}}) is attached. You can also <a href=\"{{@portalUrl}}{{fileLink}}\">download it</a> until {{linkExpires}}.</p>"
            + "{{else}}<p>The file is larger than {{attachmentLimit}}, so it is not attached: <a href=\"{{@portalUrl}}{{fileLink}}\">Download {{fileName}}</a> ({{fileSize}}); the link works until {{linkExpires}}.</p>{{/if}}"
            + "<p style=\"font-size:12px\">You receive this because you are on this report's recipient list. <a href=\"{{@portalUrl}}{{unsubscribeLink}}\">Unsubscribe</a></p>",
            "Your scheduled report {{scheduleName}} ({{reportName}}) is ready: {{rows}} rows, {{parameters}}.\n\n{{message}}\n\n"
            + "{{#if attached}}The file {{fileName}} ({{fileSize}}) is attached. You can also download it until {{linkExpires}}:{{else}}"
            + "The file is larger than {{attachmentLimit}}, so it is not attached. Download {{fileName}} ({{fileSize}}), until {{linkExpires}}:{{/if}}\n"
            + "{{@portalUrl}}{{fileLink}}\n\nUnsubscribe: {{@portalUrl}}{{unsubscribeLink}}\n"),
        EmailTemplateDefinition.For(Failed, "Tells a schedule's owner that its report could not be produced after the retries.",
            new ScheduleFailedEmail("Monthly usage", "Call Detail", 3, "The report timed out."),
            "Scheduled report failed: {{scheduleName}}",
            "<p>Your scheduled report <strong>{{scheduleName}}</strong> ({{reportName}}) failed {{attempts}} times and was not sent.</p><p>Last error: {{error}}</p>"
            + "<p>It will run again at its next time. Check its parameters on the Reports tab.</p>",
            "Your scheduled report {{scheduleName}} ({{reportName}}) failed {{attempts}} times and was not sent.\nLast error: {{error}}\n"
            + "It will run again at its next time. Check its parameters on the Reports tab.\n"),
    ];
}

using System.Net;
using HandlebarsDotNet;
using SelfCare.Platform.Email;
using SelfCare.Platform.Shell;

namespace SelfCare.Host.Email.Templates;

/// <summary>Renders compiled templates and layouts on a model, all parts of one email charged to one budget.</summary>
internal static class EmailRendering
{
    public const int MaxSubjectLength = 250;

    public static EmailContext SampleBrand { get; } = new("Sample tenant", "http://localhost",
        new Branding("Sample portal", "#1f4e79", "#f2a900", "http://localhost/logo.svg", "Sample footer", "555 0100", "help@example.com", "9 to 5"));

    /// <summary>Subject, HTML body and text body of a template, without the layout.</summary>
    public static RenderedEmail RenderParts(CompiledEmailTemplate template, object model, EmailContext context, RenderBudget budget)
    {
        var htmlModel = EmailModelConverter.Convert(model, htmlEncode: true, budget);
        var textModel = EmailModelConverter.Convert(model, htmlEncode: false, budget);
        var htmlData = Data(context, htmlEncode: true, budget);
        var textData = Data(context, htmlEncode: false, budget);
        var subject = OneLine(Render(template.Subject, textModel, textData, budget, "subject"));
        if (subject.Length == 0)
            throw new EmailTemplateException("The subject is empty for this email. Give it some fixed text.");
        return new RenderedEmail(subject,
            Render(template.Html, htmlModel, htmlData, budget, "HTML body"),
            Render(template.Text, textModel, textData, budget, "text body"));
    }

    /// <summary>Wraps rendered bodies in the theme's layout: the HTML body goes in as HTML, every other value encoded.</summary>
    public static RenderedEmail Wrap(RenderedEmail body, EmailLayout layout, EmailContext context, RenderBudget budget)
    {
        var html = Render(layout.Html,
            new TemplateObject(new() { ["body"] = body.Html, ["subject"] = WebUtility.HtmlEncode(body.Subject) }, budget),
            Data(context, htmlEncode: true, budget), budget, "email layout");
        var text = Render(layout.Text,
            new TemplateObject(new() { ["body"] = body.Text, ["subject"] = body.Subject }, budget),
            Data(context, htmlEncode: false, budget), budget, "email layout");
        return body with { Html = html, Text = text };
    }

    private static Dictionary<string, object?> Data(EmailContext context, bool htmlEncode, RenderBudget budget)
    {
        var brand = context.Brand;
        return new Dictionary<string, object?>
        {
            ["tenantName"] = Encode(context.TenantName, htmlEncode),
            ["portalUrl"] = Encode(context.PortalUrl, htmlEncode),
            ["brand"] = EmailModelConverter.FromValues(new Dictionary<string, object?>
            {
                ["title"] = brand.Title, ["primaryColor"] = brand.PrimaryColor, ["accentColor"] = brand.AccentColor,
                ["logoUrl"] = brand.LogoUrl, ["footer"] = brand.Footer, ["supportPhone"] = brand.SupportPhone,
                ["supportEmail"] = brand.SupportEmail, ["supportHours"] = brand.SupportHours,
            }, htmlEncode, budget),
        };
    }

    private static string Encode(string value, bool htmlEncode) => htmlEncode ? WebUtility.HtmlEncode(value) : value;

    private static string Render(CompiledPart part, object model, object data, RenderBudget budget, string name)
    {
        try
        {
            return part.Render(model, data, budget);
        }
        catch (HandlebarsException e)
        {
            throw new EmailTemplateException($"The {name} could not be rendered: {e.Message.Split('\n')[0]}", inner: e);
        }
    }

    // Headers are one line: a model value with a line break cannot add headers or split the subject.
    private static string OneLine(string subject)
    {
        var line = string.Join(' ', subject.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
        return line.Length > MaxSubjectLength ? line[..MaxSubjectLength] : line;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Handlebars, locked down for templates that tenant admins write: no partials or decorators, no reflection
/// beyond the model's own values, no HTML escaping by the engine (the model converter has already encoded
/// every value for the HTML part), and a render budget on size, loops and time.
/// </summary>
internal sealed partial class EmailTemplateEngine
{
    private readonly IHandlebars _handlebars;

    public EmailTemplateEngine(IOptions<EmailOptions> options)
    {
        Limits = RenderLimits.From(options.Value);
        var configuration = new HandlebarsConfiguration
        {
            NoEscape = true,
            FormatProvider = CultureInfo.InvariantCulture,
            ThrowOnUnresolvedBindingExpression = false,
            // Partials are refused by the syntax check; this is the engine's own backstop.
            PartialRecursionDepthLimit = 4,
        };
        configuration.ObjectDescriptorProviders.Add(new LeafValueDescriptors());
        _handlebars = Handlebars.Create(configuration);
    }

    public RenderLimits Limits { get; }

    [GeneratedRegex(@"Occured at: ?(\d+):(\d+)")]
    private static partial Regex EngineLocation();

    public CompiledEmailTemplate Compile(EmailTemplateSource source) => new(
        Compile(source.Subject, "subject"), Compile(source.HtmlBody, "HTML body"), Compile(source.TextBody, "text body"));

    /// <summary>Compiles one part or throws <see cref="EmailTemplateException"/> naming the part, line and column.</summary>
    public CompiledPart Compile(string source, string part)
    {
        var tags = TemplateSyntaxChecker.Check(source, part, Limits.MaxNesting);
        try
        {
            return new CompiledPart(_handlebars.Compile(new StringReader(source)));
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw Locate(source, part, tags, e);
        }
    }

    // Handlebars reports some errors with a 0-based "line:column", some without; for those, find the first tag
    // that does not compile on its own.
    private EmailTemplateException Locate(string source, string part, IReadOnlyList<TemplateTag> tags, Exception error)
    {
        var reason = Reason(error);
        if (EngineLocation().Match(error.Message) is { Success: true } at)
            return TemplateSyntaxChecker.Error(part, int.Parse(at.Groups[1].Value) + 1, int.Parse(at.Groups[2].Value) + 1, reason);
        foreach (var tag in tags)
        {
            var alone = tag.Content.StartsWith('#') || tag.Content.StartsWith('^')
                ? $"{tag.Text}{{{{/{tag.Content[1..].TrimStart().Split(' ', '}')[0]}}}}}"
                : tag.Content.StartsWith('/') || tag.Content == "else" ? "" : tag.Text;
            try
            {
                if (alone.Length > 0)
                    _handlebars.Compile(alone);
            }
            catch (Exception)
            {
                return TemplateSyntaxChecker.Error(part, tag.Line, tag.Column, $"the tag {tag.Text} cannot be read ({reason})");
            }
        }
        return TemplateSyntaxChecker.Error(part, 1, 1, reason);
    }

    private static string Reason(Exception error)
    {
        var message = error.Message.Split('\n')[0].Trim();
        return error is HandlebarsException ? message : $"the template engine could not read it: {message}";
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace SelfCare.Tests.BadInput;

/// <summary>Just enough HTML reading to find post forms, their named fields and submit buttons (no HTML parser is referenced).</summary>
internal static partial class FormParser
{
    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<(select|textarea)\b([^>]*)>(.*?)</\1>|<(input|button)\b([^>]*)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ControlPattern();

    [GeneratedRegex(@"([\w:-]+)\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.Singleline)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<option\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"\shref=""([^""#]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    public static IReadOnlyList<HtmlForm> PostForms(string page, string html)
    {
        var forms = new List<HtmlForm>();
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = Attributes(form.Groups[1].Value);
            if (!attributes.GetValueOrDefault("method", "get").Equals("post", StringComparison.OrdinalIgnoreCase))
                continue;
            var action = attributes.GetValueOrDefault("action") is { Length: > 0 } a ? a : page;
            var fields = new List<FormField>();
            var targets = new List<string>();
            foreach (Match control in ControlPattern().Matches(form.Groups[2].Value))
            {
                var paired = control.Groups[1].Success;
                var tag = (paired ? control.Groups[1] : control.Groups[4]).Value.ToLowerInvariant();
                var attrs = Attributes((paired ? control.Groups[2] : control.Groups[5]).Value);
                if (tag == "button" || attrs.GetValueOrDefault("type") == "submit")
                {
                    targets.Add(attrs.GetValueOrDefault("formaction") ?? action);
                    continue;
                }
                if (attrs.GetValueOrDefault("name") is not { Length: > 0 } name || attrs.ContainsKey("disabled"))
                    continue;
                var kind = tag == "input" ? attrs.GetValueOrDefault("type", "text").ToLowerInvariant() : tag;
                if (kind is "checkbox" or "radio" && !attrs.ContainsKey("checked"))
                    continue;
                var value = tag switch
                {
                    "textarea" => WebUtility.HtmlDecode(control.Groups[3].Value),
                    "select" => FirstOption(control.Groups[3].Value),
                    _ => attrs.GetValueOrDefault("value", ""),
                };
                fields.Add(new FormField(name, kind, value));
            }
            if (targets.Count == 0)
                targets.Add(action);
            var multipart = attributes.GetValueOrDefault("enctype", "").Contains("multipart", StringComparison.OrdinalIgnoreCase);
            forms.Add(new HtmlForm(page, action, multipart, fields, targets.Distinct().ToList()));
        }
        return forms;
    }

    public static IEnumerable<string> Links(string html) =>
        LinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    private static string FirstOption(string options)
    {
        var all = OptionPattern().Matches(options).Select(o => Attributes(o.Groups[1].Value)).ToList();
        var chosen = all.FirstOrDefault(o => o.ContainsKey("selected")) ?? all.FirstOrDefault();
        return chosen?.GetValueOrDefault("value", "") ?? "";
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in AttributePattern().Matches(text))
            attributes.TryAdd(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value));
        // Boolean attributes (checked, selected, disabled) carry no value.
        foreach (var word in new[] { "checked", "selected", "disabled" })
        {
            if (Regex.IsMatch(text, $@"(^|\s){word}(\s|$|=|/)", RegexOptions.IgnoreCase))
                attributes.TryAdd(word, "");
        }
        return attributes;
    }
}

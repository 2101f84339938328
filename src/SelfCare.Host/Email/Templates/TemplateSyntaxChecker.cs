using System.Text.RegularExpressions;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Reads a template's tags before Handlebars compiles it, to give a person the line and column of a mistake
/// (unclosed tags, blocks closed in the wrong order or never) and to refuse what email templates may not use:
/// partials and inline partials (the only way to recurse), raw blocks, and blocks nested too deeply.
/// </summary>
internal static partial class TemplateSyntaxChecker
{
    public const int MaxLength = 100_000;

    // Any tag whose first significant character is '>' (partial) or '*' (decorator, inline partial), however written.
    [GeneratedRegex(@"\{\{[\s{~#&^]*[>*]")]
    private static partial Regex PartialOrDecorator();

    public static IReadOnlyList<TemplateTag> Check(string source, string part, int maxNesting)
    {
        if (source.Length > MaxLength)
            throw new EmailTemplateException($"The {part} is longer than {MaxLength:N0} characters.");
        if (PartialOrDecorator().Match(source) is { Success: true } partial)
            throw Error(source, partial.Index, part, "partials ({{> name}}) and inline partials are not available in email templates.");

        var tags = new List<TemplateTag>();
        var blocks = new Stack<(string Name, int Index)>();
        var position = 0;
        while ((position = source.IndexOf("{{", position, StringComparison.Ordinal)) >= 0)
        {
            var start = position;
            if (start > 0 && source[start - 1] == '\\')
            {
                position += 2; // \{{ is literal text
                continue;
            }
            if (At(source, start, "{{!--"))
            {
                position = EndOf(source, start, "--}}", part, "This comment is never closed with --}}.");
                continue;
            }
            if (At(source, start, "{{!"))
            {
                position = EndOf(source, start, "}}", part, "This comment is never closed with }}.");
                continue;
            }
            if (At(source, start, "{{{{"))
                throw Error(source, start, part, "raw blocks ({{{{ }}}}) are not available in email templates.");

            var triple = At(source, start, "{{{");
            var open = triple ? 3 : 2;
            var close = source.IndexOf("}}", start + open, StringComparison.Ordinal);
            var next = source.IndexOf("{{", start + open, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
                throw Error(source, start, part, triple ? "this {{{ is not closed with }}}." : "this {{ is not closed with }}.");
            var end = close + 2;
            if (triple)
            {
                if (end >= source.Length || source[end] != '}')
                    throw Error(source, start, part, "this tag opens with {{{ but closes with }}.");
                end++;
            }
            var (line, column) = LineAndColumn(source, start);
            var content = source[(start + open)..close].Trim().Trim('~').Trim();
            tags.Add(new TemplateTag(source[start..end], content, line, column));
            position = end;

            if (content.Length == 0)
                throw Error(source, start, part, "this tag is empty.");
            if (triple)
                continue;
            if ((content[0] is '#' || (content[0] is '^' && content.Length > 1)))
            {
                var name = FirstWord(content[1..]);
                if (name.Length == 0)
                    throw Error(source, start, part, $"the block {Show(content)} has no name, e.g. {{{{#if name}}}}.");
                blocks.Push((name, start));
                if (blocks.Count > maxNesting)
                    throw Error(source, start, part, $"blocks are nested more than {maxNesting} deep.");
            }
            else if (content[0] == '/')
            {
                var name = FirstWord(content[1..]);
                if (blocks.Count == 0)
                    throw Error(source, start, part, $"{{{{/{name}}}}} closes a block that was never opened.");
                var (openName, openIndex) = blocks.Pop();
                if (!string.Equals(openName, name, StringComparison.Ordinal))
                {
                    var (l, c) = LineAndColumn(source, openIndex);
                    throw Error(source, start, part, $"{{{{/{name}}}}} does not match {{{{#{openName}}}}} opened at line {l}, column {c}; close that one first with {{{{/{openName}}}}}.");
                }
            }
            else if ((content == "else" || content == "^" || content.StartsWith("else ", StringComparison.Ordinal)) && blocks.Count == 0)
                throw Error(source, start, part, "{{else}} is only allowed inside a block such as {{#if}}.");
        }
        if (blocks.Count > 0)
        {
            var (name, index) = blocks.Peek();
            throw Error(source, index, part, $"{{{{#{name}}}}} is never closed with {{{{/{name}}}}}.");
        }
        return tags;
    }

    public static (int Line, int Column) LineAndColumn(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }

    public static EmailTemplateException Error(string part, int line, int column, string message) =>
        new($"{Capitalize(part)}, line {line}, column {column}: {message}", line, column);

    private static EmailTemplateException Error(string source, int index, string part, string message)
    {
        var (line, column) = LineAndColumn(source, index);
        return Error(part, line, column, message);
    }

    private static int EndOf(string source, int start, string terminator, string part, string message)
    {
        var end = source.IndexOf(terminator, start + 3, StringComparison.Ordinal);
        return end < 0 ? throw Error(source, start, part, message) : end + terminator.Length;
    }

    private static bool At(string source, int index, string text) =>
        string.CompareOrdinal(source, index, text, 0, text.Length) == 0;

    private static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]) && trimmed[end] is not ('}' or '~' or '('))
            end++;
        return trimmed[..end];
    }

    private static string Show(string content) => "{{" + (content.Length > 40 ? content[..40] + "…" : content) + "}}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

namespace SelfCare.Tests.BadInput;

/// <summary>A &lt;form method=post&gt; found on a page: where it posts, its fields and each submit target.</summary>
internal sealed record HtmlForm(string Page, string Action, bool Multipart, IReadOnlyList<FormField> Fields, IReadOnlyList<string> Targets);

/// <summary>One named field with the value the page gave it.</summary>
internal sealed record FormField(string Name, string Kind, string Value)
{
    public bool IsToken => Name == "__RequestVerificationToken";

    /// <summary>Fields a user types into (hidden, choice and token fields excluded).</summary>
    public bool IsTyped => Kind is "text" or "textarea" or "email" or "tel" or "number" or "search" or "url" or "password" or "date"
        or "datetime-local" or "time" or "month" or "color";
}

namespace SelfCare.Platform.Email;

/// <summary>
/// A template that does not compile or could not render within its limits. The message is written for the
/// tenant admin and, for syntax errors, starts with the line and column.
/// </summary>
public sealed class EmailTemplateException(string message, int? line = null, int? column = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? Line { get; } = line;
    public int? Column { get; } = column;
}

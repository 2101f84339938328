using System.Text;

namespace SelfCare.Host.Email.Templates;

/// <summary>Collects a render's output and charges every write to its budget (size cap and deadline).</summary>
internal sealed class BoundedWriter(RenderBudget budget) : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        budget.Write(1);
        _text.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;
        budget.Write(value.Length);
        _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        budget.Write(count);
        _text.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        budget.Write(buffer.Length);
        _text.Append(buffer);
    }

    public override string ToString() => _text.ToString();
}

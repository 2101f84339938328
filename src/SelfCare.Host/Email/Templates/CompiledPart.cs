using HandlebarsDotNet;

namespace SelfCare.Host.Email.Templates;

/// <summary>One compiled template text (a subject, an HTML body, a text body or a layout), rendered under a budget.</summary>
internal sealed class CompiledPart(HandlebarsTemplate<TextWriter, object, object> template)
{
    public string Render(object model, object data, RenderBudget budget)
    {
        var writer = new BoundedWriter(budget);
        template(writer, model, data);
        return writer.ToString();
    }
}

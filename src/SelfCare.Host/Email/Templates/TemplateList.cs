using System.Collections;

namespace SelfCare.Host.Email.Templates;

/// <summary>A list in the template model; every step of a loop over it is charged to the render budget.</summary>
internal sealed class TemplateList(IReadOnlyList<object?> items, RenderBudget? budget) : IEnumerable
{
    public IEnumerator GetEnumerator()
    {
        foreach (var item in items)
        {
            budget?.Iterate();
            yield return item;
        }
    }

    public override string ToString() => "";
}

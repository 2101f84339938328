using HandlebarsDotNet.ObjectDescriptors;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Strings, numbers and booleans expose no members to templates ({{name.Length}} is empty), so a template
/// reaches the values of its model and nothing else through reflection.
/// </summary>
internal sealed class LeafValueDescriptors : IObjectDescriptorProvider
{
    public bool TryGetDescriptor(Type type, out ObjectDescriptor value)
    {
        value = ObjectDescriptor.Empty;
        return type == typeof(string) || type.IsPrimitive || type == typeof(decimal);
    }
}

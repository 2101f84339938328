namespace SelfCare.Platform.Modules;

/// <summary>Marks an assembly as a module and names its entry class, which the host discovers at start.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PortalModuleAttribute(Type moduleType) : Attribute
{
    public Type ModuleType { get; } = moduleType;
}

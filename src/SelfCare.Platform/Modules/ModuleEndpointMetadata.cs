namespace SelfCare.Platform.Modules;

/// <summary>Endpoint metadata naming the module (feature) an endpoint belongs to.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);

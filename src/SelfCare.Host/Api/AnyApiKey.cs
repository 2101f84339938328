namespace SelfCare.Host.Api;

/// <summary>Metadata of the few v1 endpoints any valid key may call (the OpenAPI document); all others need a scope.</summary>
internal sealed class AnyApiKey
{
    public static readonly AnyApiKey Instance = new();
}

using Microsoft.AspNetCore.Http;

namespace SelfCare.Platform.Api;

/// <summary>A validated external id and the parsed body of <c>PUT /api/v1/{resource}/{externalId}</c>.</summary>
public sealed record UpsertRequest<TBody>(string ExternalId, TBody Body, HttpContext Http)
{
    public CancellationToken CancellationToken => Http.RequestAborted;
    public IServiceProvider Services => Http.RequestServices;
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SelfCare.Host.Hosting;

namespace SelfCare.Host.HostAdmin;

/// <summary>Admits host API calls that carry one of the configured admin keys in X-Admin-Key.</summary>
internal sealed class HostApiKeyFilter(IOptions<SelfCareOptions> options) : IEndpointFilter
{
    public const string Header = "X-Admin-Key";

    private readonly byte[][] _keyHashes = options.Value.HostAdmin.ApiKeys
        .Where(k => k.Length >= 16).Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k))).ToArray();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (presented.Length == 0)
            return Results.Problem(statusCode: 401, title: "Admin key required.", detail: $"Send the host admin key in the {Header} header.");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        if (!_keyHashes.Any(k => CryptographicOperations.FixedTimeEquals(k, hash)))
            return Results.Problem(statusCode: 403, title: "Admin key not accepted.", detail: "The admin key is wrong or has been revoked.");
        return await next(context);
    }
}

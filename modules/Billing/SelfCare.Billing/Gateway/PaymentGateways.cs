using Microsoft.Extensions.Configuration;
using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Gateway;

/// <summary>
/// The registered gateways and the one in use (<c>Billing:Gateway</c>, default Sandbox). A saved method is charged
/// through the gateway that issued its token, which may differ after a switch.
/// </summary>
internal sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways, IConfiguration configuration)
{
    public const string ConfigurationKey = "Billing:Gateway";

    private readonly IReadOnlyList<IPaymentGateway> _all = gateways.ToList();

    public IPaymentGateway Current => Named(configuration[ConfigurationKey] ?? SandboxGateway.GatewayName)
        ?? throw new InvalidOperationException($"No payment gateway named '{configuration[ConfigurationKey]}' is registered ({ConfigurationKey}).");

    public IPaymentGateway? Named(string name) =>
        _all.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
}

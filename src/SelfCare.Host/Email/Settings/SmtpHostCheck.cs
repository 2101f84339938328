using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SelfCare.Host.Email.Settings;

/// <summary>
/// Checks a mail server a tenant admin enters: a valid host name whose addresses are public, unless the host
/// allows private ones (SelfCare:Email:AllowPrivateSmtpHosts), so a tenant cannot reach the host's internal network.
/// </summary>
internal sealed partial class SmtpHostCheck(IOptions<EmailOptions> options)
{
    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex HostPattern();

    /// <summary>Null when the host may be used, otherwise the reason for the person who entered it.</summary>
    public async Task<string?> ProblemAsync(string host, CancellationToken ct)
    {
        if (!IPAddress.TryParse(host, out _) && !HostPattern().IsMatch(host))
            return $"'{(host.Length > 60 ? host[..60] + "…" : host)}' is not a valid host name.";
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException)
        {
            return $"The host name '{host}' cannot be found.";
        }
        if (addresses.Length == 0)
            return $"The host name '{host}' cannot be found.";
        if (!options.Value.AllowPrivateSmtpHosts && addresses.Any(IsPrivate))
            return $"'{host}' is a local or private network address; enter your mail provider's public server.";
        return null;
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal
            || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return true;
        if (address.AddressFamily != AddressFamily.InterNetwork)
            return false;
        var b = address.GetAddressBytes();
        return b[0] is 10 or 127 or 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
               || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }
}

using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Usage;

/// <summary>CallTower's demo CDRs when asked for: twelve months and this one, every call on a demo account, each customer their part.</summary>
public sealed partial class DemoUsageTests(DemoUsagePortal portal) : IClassFixture<DemoUsagePortal>
{
    [GeneratedRegex(@"([\d,]+) call\(s\)")]
    private static partial Regex Total();

    private async Task<int> CallsAsync(string email)
    {
        using var client = await portal.Client("http://localhost/calltower/").LoggedInAsync(email, portal.DemoPassword);
        return int.Parse(Total().Match(await client.GetStringAsync("usage/calls")).Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_demo_has_thirteen_billing_cycles_of_calls_split_by_account_scope()
    {
        Assert.Equal(DemoUsagePortal.Rows, await CallsAsync("admin@calltower.example"));
        var northwind = await CallsAsync("telecom@northwind.example");
        var northeast = await CallsAsync("northeast@northwind.example");
        var summit = await CallsAsync("office@summitlegal.example");
        Assert.InRange(northeast, 1, northwind - 1);
        Assert.InRange(summit, 1, DemoUsagePortal.Rows - northwind);

        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync("admin@calltower.example", portal.DemoPassword);
        var summary = await admin.GetStringAsync("usage?months=24");
        var months = Regex.Matches(summary, @"<th scope=""row"">(\d{4}-\d{2})</th>").Select(m => m.Groups[1].Value).ToList();
        Assert.InRange(months.Count, 12, 13);
    }
}

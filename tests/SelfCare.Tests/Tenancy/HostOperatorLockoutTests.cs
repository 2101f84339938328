using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tenancy;

/// <summary>On its own host: it locks the demo operator out.</summary>
public sealed class HostOperatorLockoutTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Operator_is_locked_out_after_five_wrong_passwords()
    {
        using var host = portal.Client("http://localhost/");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await host.PostFormAsync("host/login", new Dictionary<string, string>
            {
                ["Input.Email"] = "locked-test@nowhere.example", ["Input.Password"] = "wrong",
            });
            Assert.Contains("not correct", await wrong.Content.ReadAsStringAsync());
        }
        // A real operator account: lock it, then even the right password is refused.
        for (var i = 0; i < 5; i++)
            await host.PostFormAsync("host/login", new Dictionary<string, string> { ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = "wrong" });
        var right = await host.PostFormAsync("host/login", new Dictionary<string, string>
        {
            ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = portal.OperatorPassword,
        });
        Assert.Contains("Too many failed attempts", await right.Content.ReadAsStringAsync());
    }
}

using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.BadInput;

/// <summary>
/// Hostile values through every post form of every module, as every role on every demo tenant: no 5xx, only
/// expected statuses, a message whenever the form is shown again, and nothing stored comes back unescaped.
/// </summary>
public sealed class FormSweepTests(SqlitePortal portal, ITestOutputHelper output) : IClassFixture<SqlitePortal>
{
    [Fact]
    public Task Every_form_survives_hostile_values_on_sqlite() => FormSweepRun.RunAsync(portal, output);
}

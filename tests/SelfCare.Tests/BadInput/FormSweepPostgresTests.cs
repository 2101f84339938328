using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.BadInput;

/// <summary>The form sweep on PostgreSQL, where NUL characters, long text and huge numbers meet a stricter database.</summary>
public sealed class FormSweepPostgresTests(PostgresPortal portal, ITestOutputHelper output) : IClassFixture<PostgresPortal>
{
    [Fact]
    public Task Every_form_survives_hostile_values_on_postgres() => FormSweepRun.RunAsync(portal, output);
}

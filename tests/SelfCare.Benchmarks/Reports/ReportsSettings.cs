using System.Globalization;

namespace SelfCare.Benchmarks.Reports;

/// <summary>Command line of the reports suite: <c>--tenants 100 --schedules 10 --keep --repository PATH</c> (schedules per tenant).</summary>
internal sealed record ReportsSettings(int Tenants, int SchedulesPerTenant, bool Keep, string? Repository)
{
    public static ReportsSettings Parse(string[] args)
    {
        var settings = new ReportsSettings(100, 10, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            settings = args[i] switch
            {
                "--tenants" => settings with { Tenants = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--schedules" => settings with { SchedulesPerTenant = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--keep" => settings with { Keep = true },
                "--repository" => settings with { Repository = args[++i] },
                _ => throw new ArgumentException($"Unknown argument {args[i]}. Use --tenants N --schedules N --keep --repository PATH."),
            };
        }
        if (settings.Tenants < 3)
            throw new ArgumentException("--tenants counts the 3 demo tenants too: at least 3.");
        return settings;
    }
}

namespace SelfCare.Host.Email;

/// <summary>The "SelfCare:Email" section: rendering limits, retry policy and the portal address used in links.</summary>
internal sealed class EmailOptions
{
    public const string Section = "SelfCare:Email";

    /// <summary>Scheme and authority of this deployment, for links in emails composed outside a request (jobs).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Attempts before a message becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; each further attempt doubles it, up to <see cref="RetryCapSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 30;
    public double RetryCapSeconds { get; set; } = 3600;

    /// <summary>How long a dispatcher holds a claimed message before another may take it (a crashed node's messages).</summary>
    public double LeaseSeconds { get; set; } = 300;

    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// When a message is added, the dispatcher is also scheduled this far ahead (before the commit), so a message
    /// whose sender never called DispatchAsync, or stopped right after the commit, still goes out.
    /// </summary>
    public double SafetyNetSeconds { get; set; } = 60;

    /// <summary>Sent messages are deleted from the outbox after this many days (dead letters stay until retried).</summary>
    public int SentRetentionDays { get; set; } = 30;

    /// <summary>SMTP connections used at once by one tenant's dispatcher.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>A dispatcher run stops after this long and continues in a new run, so one tenant cannot hold a job thread.</summary>
    public double RunBudgetSeconds { get; set; } = 60;

    /// <summary>
    /// Lets tenant admins point their own SMTP settings at loopback or private addresses. Off by default: a
    /// tenant must not make the portal connect to the host's internal network.
    /// </summary>
    public bool AllowPrivateSmtpHosts { get; set; }

    public int MaxOutputKilobytes { get; set; } = 512;
    public int RenderTimeoutMilliseconds { get; set; } = 2000;
    public int MaxLoopIterations { get; set; } = 100_000;
}

namespace SelfCare.Host.Email.Outbox;

/// <summary>Exponential backoff: the base delay doubles with each attempt, up to the cap.</summary>
internal static class OutboxRetryPolicy
{
    public static TimeSpan DelayAfter(int attempts, EmailOptions options)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var seconds = Math.Min(options.RetryCapSeconds, options.RetryBaseSeconds * Math.Pow(2, exponent));
        return TimeSpan.FromSeconds(seconds);
    }
}

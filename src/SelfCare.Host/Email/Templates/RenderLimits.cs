namespace SelfCare.Host.Email.Templates;

/// <summary>What one email render may cost: output size, loop iterations, wall time, block nesting.</summary>
internal sealed record RenderLimits(int MaxOutputChars, int MaxIterations, TimeSpan Timeout, int MaxNesting = 12)
{
    public static RenderLimits From(EmailOptions options) =>
        new(options.MaxOutputKilobytes * 1024, options.MaxLoopIterations, TimeSpan.FromMilliseconds(options.RenderTimeoutMilliseconds));
}

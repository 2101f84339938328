using System.Diagnostics;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// The running cost of one render, charged by every loop step (lists and objects the template iterates) and
/// every write. Exceeding a limit throws at once, so a hostile template stops within its limits.
/// </summary>
internal sealed class RenderBudget(RenderLimits limits)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _iterations;
    private long _chars;

    public RenderLimits Limits => limits;

    public void Iterate()
    {
        if (++_iterations > limits.MaxIterations)
            throw new EmailTemplateException(
                $"The template stopped after {limits.MaxIterations:N0} loop steps. Loop over fewer items or nest fewer loops.");
        if ((_iterations & 255) == 0)
            CheckTime();
    }

    public void Write(int chars)
    {
        _chars += chars;
        if (_chars > limits.MaxOutputChars)
            throw new EmailTemplateException(
                $"The email grew beyond {limits.MaxOutputChars / 1024:N0} KB. Shorten the template or loop over fewer items.");
        CheckTime();
    }

    private void CheckTime()
    {
        if (Stopwatch.GetElapsedTime(_started) > limits.Timeout)
            throw new EmailTemplateException(
                $"The template took longer than {limits.Timeout.TotalSeconds:0.#} s to render and was stopped. Simplify its loops.");
    }
}

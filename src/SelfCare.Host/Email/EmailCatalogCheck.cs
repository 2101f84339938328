using SelfCare.Host.Email.Templates;

namespace SelfCare.Host.Email;

/// <summary>Builds the template catalog at start, so a module with a broken template stops the host with its name.</summary>
internal sealed class EmailCatalogCheck(EmailTemplateCatalog catalog, ILogger<EmailCatalogCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("{Count} email templates registered", catalog.All.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

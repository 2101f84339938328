namespace SelfCare.HelpDesk;

/// <summary>Sets up a tenant's help desk and classifies provisioned tickets, for the demo and imports (no emails). System scope.</summary>
public interface IHelpDeskProvisioning
{
    /// <summary>Mon–Fri 8 AM to 5 PM in the tenant's zone, the default targets, and the given phone, queue limit and holidays.</summary>
    Task ConfigureAsync(HelpDeskSetup setup, CancellationToken cancellationToken);

    /// <summary>Classifies a ticket as if opened at its time with the given tier (null: automatic), with its details.</summary>
    Task ClassifyAsync(HelpDeskTicket ticket, CancellationToken cancellationToken);
}

namespace SelfCare.Services.Contracts;

/// <summary>Creates customer services with their products; used by demo seeding and (later) the integration API.</summary>
public interface IServiceProvisioning
{
    Task<Guid> CreateAsync(NewService service, CancellationToken cancellationToken);
}

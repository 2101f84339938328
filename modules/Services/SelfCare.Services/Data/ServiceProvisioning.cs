using SelfCare.Services.Contracts;

namespace SelfCare.Services.Data;

internal sealed class ServiceProvisioning(ServicesDbContext db, TimeProvider clock) : IServiceProvisioning
{
    public async Task<Guid> CreateAsync(NewService service, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ServiceStatus>(service.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            throw new ArgumentException($"Unknown service status '{service.Status}'.", nameof(service));
        var entity = new CustomerService
        {
            Id = Guid.NewGuid(),
            ServiceId = service.ServiceId,
            AccountId = service.AccountId,
            Location = service.Location,
            Description = service.Description,
            Status = status,
            CreatedAt = clock.GetUtcNow(),
            Products = service.Products.Select((p, i) => new ServiceProduct
            {
                Id = Guid.NewGuid(), Product = p.Product, Quantity = p.Quantity, UnitPrice = p.UnitPrice,
                Currency = p.Currency.ToUpperInvariant(), Recurring = p.Recurring, Position = i,
            }).ToList(),
        };
        db.Services.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }
}

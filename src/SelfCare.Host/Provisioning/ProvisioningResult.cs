namespace SelfCare.Host.Provisioning;

/// <summary>Either the created tenant or the validation errors, keyed by field.</summary>
internal sealed record ProvisioningResult(TenantCreated? Created, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Created is not null;
}

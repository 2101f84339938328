namespace SelfCare.Platform.Api;

/// <summary>What an upsert did: created (201), updated (200) or refused the input (400 with per-field messages).</summary>
public sealed class UpsertOutcome<TResource>
{
    private UpsertOutcome(bool created, TResource? resource, ApiErrors? errors)
    {
        WasCreated = created;
        Resource = resource;
        Errors = errors;
    }

    public bool WasCreated { get; }
    public TResource? Resource { get; }
    public ApiErrors? Errors { get; }

    public static UpsertOutcome<TResource> Created(TResource resource) => new(true, resource, null);
    public static UpsertOutcome<TResource> Updated(TResource resource) => new(false, resource, null);
    public static UpsertOutcome<TResource> Invalid(ApiErrors errors) => new(false, default, errors);
}

namespace SelfCare.Usage.Data;

/// <summary>
/// The Calls page's filters: an account (with its children), start dates in the tenant's zone (both inclusive), a service,
/// a number (calling or called, part of it) and a direction. Null means no filter.
/// </summary>
internal sealed record CdrFilter(Guid? Account, DateOnly? From, DateOnly? To, string? Service, string? Number, CallDirection? Direction);

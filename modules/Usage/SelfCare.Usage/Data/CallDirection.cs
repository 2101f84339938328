namespace SelfCare.Usage.Data;

/// <summary>Stored as its number (1, 2), so the bulk writers need no text conversion.</summary>
internal enum CallDirection
{
    Inbound = 1,
    Outbound = 2,
}

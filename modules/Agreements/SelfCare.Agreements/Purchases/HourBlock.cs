namespace SelfCare.Agreements.Purchases;

/// <summary>A block of hours on sale: <paramref name="Hours"/> at the agreement's block price, <paramref name="Price"/> in its currency.</summary>
internal sealed record HourBlock(int Hours, decimal Price)
{
    public int Minutes => Hours * 60;
}

using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Purchases;

/// <summary>What a customer may buy on an agreement: active block-hours agreements with a block price, in fixed sizes.</summary>
internal static class HourBlocks
{
    private static readonly int[] Sizes = [5, 10, 20, 40];

    public static bool OnSale(Agreement a, AgreementStatus status) =>
        a.Type == AgreementType.BlockHours && a.BlockPricePerHour is > 0 && status == AgreementStatus.Active;

    public static IReadOnlyList<HourBlock> For(Agreement a) =>
        a.BlockPricePerHour is { } price ? [.. Sizes.Select(h => new HourBlock(h, Math.Round(h * price, 2)))] : [];
}

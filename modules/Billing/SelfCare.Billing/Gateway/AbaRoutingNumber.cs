namespace SelfCare.Billing.Gateway;

/// <summary>US bank routing (ABA) numbers: nine digits whose 3-7-1 weighted sum is a multiple of 10.</summary>
internal static class AbaRoutingNumber
{
    private static readonly int[] Weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];

    public static bool IsValid(string? routing)
    {
        if (routing is null || routing.Length != 9)
            return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(routing[i]))
                return false;
            sum += (routing[i] - '0') * Weights[i];
        }
        // 000000000 passes the sum but is no bank.
        return sum % 10 == 0 && sum > 0;
    }
}

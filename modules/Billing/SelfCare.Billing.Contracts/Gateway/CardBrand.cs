namespace SelfCare.Billing.Contracts.Gateway;

public enum CardBrand
{
    Unknown,
    Visa,
    Mastercard,
    Amex,
    Discover,
    DinersClub,
    Jcb,
    UnionPay,
}

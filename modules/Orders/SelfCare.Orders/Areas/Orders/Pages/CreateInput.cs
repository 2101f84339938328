using System.ComponentModel.DataAnnotations;
using SelfCare.Orders.Data;

namespace SelfCare.Orders.Areas.Orders.Pages;

/// <summary>The staff's new-order form: the order, its service address and its first service line.</summary>
internal sealed class CreateInput
{
    [Required(ErrorMessage = "Enter the order number.")]
    [StringLength(Order.NumberMaxLength, ErrorMessage = "The order number can be at most {1} characters.")]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9\-_/.]*$", ErrorMessage = "Use letters, digits and - _ / . in the order number.")]
    [Display(Name = "Order number")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "Choose the account.")]
    public Guid? AccountId { get; set; }

    public string Status { get; set; } = nameof(OrderStatus.New);

    [StringLength(60, ErrorMessage = "The order type can be at most {1} characters.")]
    public string? OrderType { get; set; }

    [StringLength(Order.DescriptionMaxLength, ErrorMessage = "The description can be at most {1} characters.")]
    public string? Description { get; set; }

    public DateOnly? RequestedDate { get; set; }
    public DateOnly? ActivationDate { get; set; }

    /// <summary>A known location of the account; otherwise the address typed below (or none).</summary>
    public Guid? LocationId { get; set; }

    [StringLength(200)] public string? Street1 { get; set; }
    [StringLength(200)] public string? Street2 { get; set; }
    [StringLength(100)] public string? City { get; set; }
    [StringLength(100)] public string? Region { get; set; }
    [StringLength(20)] public string? PostalCode { get; set; }
    [StringLength(60)] public string? Country { get; set; }

    [StringLength(200, ErrorMessage = "The service name can be at most {1} characters.")]
    public string? Service { get; set; }

    [Range(1, 100000, ErrorMessage = "The quantity must be between {1} and {2}.")]
    public int Quantity { get; set; } = 1;

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "The unit price must be between {1} and {2}.")]
    public decimal UnitPrice { get; set; }

    public bool Recurring { get; set; } = true;
}

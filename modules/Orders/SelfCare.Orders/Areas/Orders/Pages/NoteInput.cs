using System.ComponentModel.DataAnnotations;
using SelfCare.Orders.Data;

namespace SelfCare.Orders.Areas.Orders.Pages;

internal sealed class NoteInput
{
    [Required(ErrorMessage = "Write the note's text.")]
    [StringLength(OrderNote.TextMaxLength, ErrorMessage = "A note can be at most {1} characters.")]
    public string? Text { get; set; }
}

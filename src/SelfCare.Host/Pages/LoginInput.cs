using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages;

internal sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your username (your email address).")]
    [StringLength(256, ErrorMessage = "That username is too long.")]
    [Display(Name = "Username")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256, ErrorMessage = "That password is too long.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}

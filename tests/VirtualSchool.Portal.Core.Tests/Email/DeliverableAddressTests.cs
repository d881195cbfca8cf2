using VirtualSchool.Portal.Core.Email;

namespace VirtualSchool.Portal.Core.Tests.Email;

[Trait("Category", "Unit")]
public sealed class DeliverableAddressTests
{
    [Theory]
    [InlineData("ann@school.test")]
    [InlineData("ann.o'brien+training@school.gov.uk")]
    [InlineData("ünï@exämple.org")]
    [InlineData("用户@例子.广告")]
    [InlineData("name@sub-domain.example.co.uk")]
    public void Addresses_the_mailer_can_send_to_are_taken(string address)
    {
        Assert.Null(DeliverableAddress.Problem(address));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("name@localhost")]
    [InlineData("name@[127.0.0.1]")]
    [InlineData("\"quoted words\"@example.org")]
    [InlineData("Ann <ann@school.test>")]
    [InlineData("a..b@example.org")]
    [InlineData(".ann@example.org")]
    [InlineData("ann@example.org.")]
    [InlineData("ann@-example.org")]
    [InlineData("ann@exa_mple.org")]
    [InlineData("ann@example.123")]
    [InlineData("ann@@school.test")]
    [InlineData("a b@school.test")]
    [InlineData("ann\u200b@school.test")]
    public void Addresses_that_cannot_be_delivered_are_refused_with_a_reason(string address)
    {
        Assert.False(string.IsNullOrWhiteSpace(DeliverableAddress.Problem(address)));
    }

    [Fact]
    public void A_local_part_over_64_octets_and_an_address_over_254_characters_are_refused()
    {
        Assert.NotNull(DeliverableAddress.Problem(new string('é', 33) + "@example.org"));
        Assert.NotNull(DeliverableAddress.Problem("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org"));
    }

    [Fact]
    public void Only_letters_beyond_ascii_before_the_at_need_smtputf8()
    {
        Assert.True(DeliverableAddress.NeedsSmtpUtf8("ünï@example.org"));
        Assert.False(DeliverableAddress.NeedsSmtpUtf8("uni@exämple.org"));
    }
}

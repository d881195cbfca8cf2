using System.Numerics;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>An exact rational number (the disclosure check must not be fooled by rounding).</summary>
internal readonly record struct SuppressionFraction
{
    public SuppressionFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        var sign = denominator.Sign;
        Numerator = numerator / gcd * sign;
        Denominator = denominator / gcd * sign;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public bool IsZero => Numerator.IsZero;

    public static SuppressionFraction Zero { get; } = new(0, 1);

    public static SuppressionFraction One { get; } = new(1, 1);

    public static SuppressionFraction From(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return new SuppressionFraction(value < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    public static implicit operator SuppressionFraction(int value) => new(value, 1);

    public static SuppressionFraction operator +(SuppressionFraction a, SuppressionFraction b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static SuppressionFraction operator -(SuppressionFraction a, SuppressionFraction b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static SuppressionFraction operator -(SuppressionFraction a) => new(-a.Numerator, a.Denominator);

    public static SuppressionFraction operator *(SuppressionFraction a, SuppressionFraction b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static SuppressionFraction operator /(SuppressionFraction a, SuppressionFraction b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public decimal ToDecimal(int places) =>
        Math.Round((decimal)(Numerator * BigInteger.Pow(10, places) / Denominator) / (decimal)Math.Pow(10, places), places);

    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}

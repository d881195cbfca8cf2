using System.Security.Cryptography;

namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// Random bytes from the operating system's CSPRNG (<see cref="RandomNumberGenerator"/>), drawn a block at a time per
/// thread and handed out once each: the CSP nonce and the form cookie's secret on every page would otherwise be a call
/// into OpenSSL each (which also asks the kernel for the process id every time). Each byte handed out is wiped from
/// the block, so no two callers ever share one. See docs/decisions/0023.
/// </summary>
public static class RandomBytes
{
    private const int BlockSize = 1024;

    [ThreadStatic]
    private static byte[]? t_block;

    [ThreadStatic]
    private static int t_next;

    /// <summary>Fills <paramref name="destination"/> with cryptographically strong random bytes.</summary>
    public static void Fill(Span<byte> destination)
    {
        if (destination.Length > BlockSize / 4)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }

        var block = t_block;
        if (block is null || t_next + destination.Length > BlockSize)
        {
            block = t_block ??= new byte[BlockSize];
            RandomNumberGenerator.Fill(block);
            t_next = 0;
        }

        var taken = block.AsSpan(t_next, destination.Length);
        taken.CopyTo(destination);
        CryptographicOperations.ZeroMemory(taken);
        t_next += destination.Length;
    }
}

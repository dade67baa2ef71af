namespace JobFrame.LoadTest;

/// <summary>What <c>--saturate</c> loads.</summary>
internal enum SaturationTarget
{
    Messages,
    Healthz,
    Both,
}

// A short, soft two-note chime through WebAudio: no audio file to ship, nothing fetched.
// Browsers only allow sound after a user gesture in the page; if not allowed, it stays silent
// (the visual and screen-reader signals still happen).
let ctx: AudioContext | null = null;

/** Called from the click that turns sound on: a user gesture, so the browser lets audio start later. */
export function primeAudio(): void {
  try {
    ctx ??= new AudioContext();
    void ctx.resume();
  } catch {
    // no audio: silent
  }
}

export function chime(notes: number[] = [660, 880]): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
    const t0 = ctx.currentTime;
    notes.forEach((freq, i) => {
      const osc = ctx!.createOscillator();
      const gain = ctx!.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const start = t0 + i * 0.22;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
      osc.connect(gain).connect(ctx!.destination);
      osc.start(start);
      osc.stop(start + 0.55);
    });
  } catch {
    // no audio device or API: silent
  }
}

// The discreet notice shown wherever the data on screen comes from the synthetic demo dataset.
export function DemoNotice() {
  return (
    <p className="demo-notice" role="note">
      <strong>Demo data — not real doctors.</strong> Names, phone numbers and NPIs on this page are invented for demonstration.
    </p>
  );
}

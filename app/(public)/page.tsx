// Home page (placeholder until the patient experience lands): says what the site is and links to the API.
export default function HomePage() {
  return (
    <main>
      <h1>IR Finder</h1>
      <p>
        Find a board-certified interventional radiologist near you who performs vertebroplasty or kyphoplasty for a
        vertebral compression fracture.
      </p>
      <p>
        Try the API: <a href="/api/v1/search?near=10001&amp;radius=25&amp;procedure=kyphoplasty">doctors who perform
        kyphoplasty within 25 miles of ZIP 10001</a>.
      </p>
    </main>
  );
}

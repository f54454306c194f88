// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
  const question = document.querySelector('.question[data-deadline]');
  const form = document.getElementById('answer-form');
  if (question && form) {
    const deadline = Date.parse(question.dataset.deadline);
    const value = document.getElementById('timer-value');
    if (!Number.isNaN(deadline) && value) {
      const tick = () => {
        const left = Math.max(0, Math.round((deadline - Date.now()) / 1000) - 3);
        value.textContent = left + ' s';
        if (left <= 0) {
          // time is up: the answer as it stands is sent (the server judges it timed out anyway)
          document.getElementById('timed-out').value = 'true';
          clearInterval(timer);
          // the form's own submit: its "submit" button hides form.submit (form.submit is that button)
          HTMLFormElement.prototype.submit.call(form);
        }
      };
      const timer = setInterval(tick, 1000);
      tick();
    }
  }
  // a focused question (timed or not) records that the learner left the page
  const focused = document.getElementById('focused-out');
  if (focused && focused.dataset.focused === 'true') {
    window.addEventListener('blur', () => { focused.value = 'true'; });
    document.addEventListener('visibilitychange', () => { if (document.hidden) focused.value = 'true'; });
  }
  try {
    if (form) keepTyped(form);
    forgetFinished();
  } catch (e) { /* no storage in this browser: nothing kept */ }
});

// What was typed survives a session that ends before the answer is sent: kept in this tab
// (sessionStorage) under the assessment and the challenge, put back when the same
// question is shown again (after logging in again), forgotten once another question or
// the result shows that the answer was recorded.
const KEPT = 'acquis.answer:';

function keepTyped(form) {
  const challenge = form.querySelector('input[name=challengeId]');
  if (!challenge || !window.sessionStorage) return;
  const assessment = KEPT + new URL(form.action, location.href).pathname + ':';
  const key = assessment + challenge.value;
  forget(k => k.startsWith(assessment) && k !== key);
  const fields = () => Array.from(form.querySelectorAll('[name=value], [name^="field."]'));
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) || 'null');
    if (saved) {
      fields().forEach((field, i) => {
        if (field.type === 'radio' || field.type === 'checkbox') field.checked = saved[i] === true;
        else if (typeof saved[i] === 'string') field.value = saved[i];
      });
    }
  } catch (e) { sessionStorage.removeItem(key); }
  const save = () => sessionStorage.setItem(key, JSON.stringify(
    fields().map(field => (field.type === 'radio' || field.type === 'checkbox') ? field.checked : field.value)));
  form.addEventListener('input', save);
  form.addEventListener('change', save);
}

function forgetFinished() {
  const finished = location.pathname.match(/^(\/evaluations\/[^/]+)\/resultat$/);
  if (finished && window.sessionStorage) forget(k => k.startsWith(KEPT + finished[1] + ':'));
}

function forget(which) {
  for (let i = sessionStorage.length - 1; i >= 0; i--) {
    const k = sessionStorage.key(i);
    if (k && which(k)) sessionStorage.removeItem(k);
  }
}
